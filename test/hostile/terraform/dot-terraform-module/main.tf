module "vm" {
  source = "./.terraform/modules/vm"
}

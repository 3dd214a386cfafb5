module "vm" {
  source = "../../../../../../../../tmp/vm"
}

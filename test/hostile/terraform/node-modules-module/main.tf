module "vm" {
  source = "./node_modules/vm"
}

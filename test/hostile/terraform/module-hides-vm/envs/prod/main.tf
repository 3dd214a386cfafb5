module "file" {
  source = "../../modules/vm"
  name   = "file-01"
}

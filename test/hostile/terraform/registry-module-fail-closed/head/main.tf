module "vm" {
  source  = "acme/hyperv-vm/hyperv"
  version = "1.0.0"
}

terraform {
  required_providers {
    hyperv = { source = "taliesins/hyperv" }
    vmhost = { source = "registry.terraform.io/taliesins/hyperv" }
  }
}

resource "hyperv_machine_instance" "vm" {
  provider = vmhost
  name     = "lab-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 4
  }
}

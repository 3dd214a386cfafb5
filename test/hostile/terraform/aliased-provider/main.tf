terraform {
  required_providers {
    hostvm = { source = "taliesins/hyperv" }
  }
}

provider "hostvm" {
  alias = "lab"
}

resource "hyperv_machine_instance" "vm" {
  provider = hostvm.lab
  name     = "lab-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 5
  }
}

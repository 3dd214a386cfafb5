variable "name" {}

resource "hyperv_machine_instance" "vm" {
  name = var.name
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 3
  }
}

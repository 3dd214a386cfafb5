variable "data_disk" {
  default = 4294967295
}

resource "hyperv_machine_instance" "vm" {
  name = "db-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = var.data_disk
  }
}

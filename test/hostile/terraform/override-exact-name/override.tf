resource "hyperv_machine_instance" "vm" {
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 4
  }
}

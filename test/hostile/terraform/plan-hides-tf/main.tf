resource "hyperv_machine_instance" "web" {
  name = "web-01"
}

resource "hyperv_machine_instance" "evil" {
  name = "evil-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 4
  }
}

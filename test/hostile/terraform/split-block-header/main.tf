resource "hyperv_machine_instance" "web" {
  name = "web-01"
}

resource
"hyperv_machine_instance" "evil" {
  name       = "evil-01"
  generation = 2
  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 0
    disk_number         = 3
  }
}

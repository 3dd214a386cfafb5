resource "hyperv_machine_instance" "vm" {
  name = "app-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    path                = "D:\\VMs\\app-01.vhdx"
  }
}

resource "hyperv_machine_instance" "vm" {
  name                   = "csv-01"
  state                  = "Running"
  snapshot_file_location = "C:\\ClusterStorage\\Volume1\\Checkpoints"
  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 0
    path                = "C:\\ClusterStorage\\Volume1\\..\\Volume2\\VMs\\csv-01.vhdx"
  }
}

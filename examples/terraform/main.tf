terraform {
  required_providers {
    hyperv = {
      source  = "taliesins/hyperv"
      version = ">= 1.2.1"
    }
  }
}

variable "vm_root" {
  type    = string
  default = "D:\\Hyper-V"
}

# The checkpoint location is not set: the provider puts checkpoints in
# C:\ProgramData\Microsoft\Windows\Hyper-V while the disk is on D:.
resource "hyperv_machine_instance" "web" {
  name                 = "tf-web-01"
  generation           = 2
  processor_count      = 2
  memory_startup_bytes = 2147483648
  static_memory        = true

  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 0
    path                = "${var.vm_root}\\tf-web-01\\os.vhdx"
  }
}

resource "hyperv_machine_instance" "sql" {
  name                   = "tf-sql-01"
  generation             = 2
  snapshot_file_location = "E:\\VMs\\tf-sql-01"

  # Turning the Backup integration service off: on the 2012 R2 host every backup pauses the VM.
  integration_services = {
    VSS = false
  }

  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 0
    path                = "E:\\VMs\\tf-sql-01\\os.vhdx"
  }

  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 1
    disk_number         = 2
  }
}

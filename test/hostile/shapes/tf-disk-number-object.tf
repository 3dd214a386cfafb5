# attack: the disk number is an object, a type Terraform rejects for a number, hoping the disk reads as a virtual disk
# verdict: blocked
# finding: HVB000 9:5 ~ Terraform rejects
resource "hyperv_machine_instance" "evil" {
  name = "evil-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    disk_number         = { n = 3 }
  }
}

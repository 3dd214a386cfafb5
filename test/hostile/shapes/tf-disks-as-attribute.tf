# attack: hard_disk_drives written as an attribute (a list of objects) instead of blocks, which Terraform rejects and a block reader skips
# verdict: blocked
# finding: HVB000 6:3 ~ written as an argument
resource "hyperv_machine_instance" "evil" {
  name = "evil-01"
  hard_disk_drives = [{
    controller_number   = 0
    controller_location = 0
    disk_number         = 3
  }]
}

# attack: a waiver spelled inside a Terraform string and a heredoc, hoping a line-based reader takes it for a comment
# verdict: blocked
# finding: HVB007 11:5
resource "hyperv_machine_instance" "db" {
  name  = "db-01"
  notes = <<EOT
# hvgate:ignore HVB007 reason="fine" owner=me expires=2026-06-30
EOT
  hard_disk_drives {
    controller_type = "Scsi"
    disk_number     = 3 # "hvgate:ignore HVB007 is quoted here, so this is no waiver"
    path            = "# hvgate:ignore HVB007 reason=fine owner=me expires=2026-06-30"
  }
}

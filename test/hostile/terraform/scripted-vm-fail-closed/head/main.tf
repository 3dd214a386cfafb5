resource "terraform_data" "vm" {
  provisioner "local-exec" {
    interpreter = ["pwsh", "-Command"]
    command     = "New-VM -Name sql-01 -MemoryStartupBytes 4GB"
  }
}

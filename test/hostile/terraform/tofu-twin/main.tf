resource "hyperv_machine_instance" "vm" {
  name = "app-01"
}

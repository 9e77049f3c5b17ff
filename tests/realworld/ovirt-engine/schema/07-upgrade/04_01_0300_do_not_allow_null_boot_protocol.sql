update network_attachments set ipv6_boot_protocol='NONE' where ipv6_boot_protocol is null;


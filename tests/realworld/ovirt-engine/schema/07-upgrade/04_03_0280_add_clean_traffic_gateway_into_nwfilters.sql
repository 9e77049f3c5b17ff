INSERT INTO network_filter VALUES (uuid_generate_v1(), 'clean-traffic-gateway' , '4.2');

UPDATE network_filter SET version='4.2' WHERE filter_name='clean-traffic-gateway'
;

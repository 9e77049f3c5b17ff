--  Delete EL7 upgrade policy
DELETE
FROM cluster_policy_units
WHERE cluster_policy_id = '8d5d7bec-68de-4a67-b53e-0ac54686d586';

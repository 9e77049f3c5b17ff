INSERT INTO cluster_features
VALUES (
    '00000020-0020-0020-0020-000000000300',
    'libgfapi_supported',
    '4.1',
    1,
    'Native Access on gluster storage domain'
    );

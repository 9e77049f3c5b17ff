-- This was merged by mistake and replaced with sql code that does nothing
--select fn_db_add_config_value('VdsCertificateValidityInDays','398','general');
SELECT 1;
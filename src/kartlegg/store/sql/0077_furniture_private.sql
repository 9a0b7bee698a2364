-- Session 41 (privacy): a site model stored before it held its ads' mail domains in clear and unkeyed digests of
-- local parts (mail_writers as CRC-32, mail_addresses as BLAKE2b, mail_domains by name). Those models go; the next
-- extraction run learns every site with ads and no model again (extract.run.learn_furniture), storing only the
-- providers and keyed digests (SiteFurniture.to_json).
DELETE FROM site_furniture
WHERE model LIKE '%"mail_writers"%' OR model LIKE '%"mail_domains"%' OR model LIKE '%"mail_addresses"%';

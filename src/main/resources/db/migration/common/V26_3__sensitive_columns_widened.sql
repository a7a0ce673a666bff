-- Sensitive columns hold SM4-GCM ciphertext under civitas.crypto.profile=gm: a key id, a random IV,
-- the tag and Base64 make a value up to about four times longer than its plain text (UTF-8).
alter table app_user alter column email set data type varchar(1000);
alter table app_user alter column phone set data type varchar(400);
alter table reporting_submission alter column contact set data type varchar(1000);

-- The workbench language each user chose (nb, sv, da, en); NULL: taken from the browser's Accept-Language.
ALTER TABLE web_users ADD COLUMN language TEXT;

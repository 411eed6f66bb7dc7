-- H2's char_length counts UTF-16 units, where the domain counts code points, so V1.1 could only bound the name by
-- 320 units and left the description to its 4000-unit column. These checks count code points exactly, through a
-- Java regular expression (H2's "~"), whose "." takes a surrogate pair as one character. The shape checks of V1.1 end
-- in "$", which in Java also matches just before a final line break, so they kept a slug such as 'fund' || chr(10);
-- "\z" matches only at the very end.
alter table fund drop constraint fund_name_length;
alter table fund drop constraint fund_slug_shape;
alter table fund drop constraint fund_tenant_id_shape;

alter table fund add constraint fund_name_length check (name ~ '(?s)\A.{1,160}\z');
alter table fund add constraint fund_description_length check (description ~ '(?s)\A.{0,2000}\z');
alter table fund add constraint fund_slug_shape check (slug ~ '\A[a-z0-9]+(-[a-z0-9]+)*\z');
alter table fund add constraint fund_tenant_id_shape check (tenant_id ~ '\A[a-z0-9_-]+\z');

-- A blank name is one made only of what Java's Character.isWhitespace calls white space; the no-break spaces (U+00A0,
-- U+2007, U+202F) are not. Control characters are those of Character.isISOControl. Unlike PostgreSQL, H2 keeps NUL
-- and half of a surrogate pair as given, so both are refused here; a whole pair is one code point above U+FFFF to the
-- regular expression and never matches the surrogate range.
alter table fund add constraint fund_name_not_blank
    check (name ~ '[^\u0009-\u000d\u001c-\u0020\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]');
alter table fund add constraint fund_name_characters check (name !~ '[\u0000-\u001f\u007f-\u009f\ud800-\udfff]');
alter table fund add constraint fund_description_characters
    check (description !~ '[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]');

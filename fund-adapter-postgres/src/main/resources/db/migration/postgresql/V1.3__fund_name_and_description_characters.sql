-- The domain's remaining text rules. A blank name is one made only of what Java's Character.isWhitespace calls white
-- space; the no-break spaces (U+00A0, U+2007, U+202F) are not, so a name of them alone is kept, as the domain keeps it.
-- Control characters are those of Character.isISOControl. NUL and half of a surrogate pair need no check: a UTF8
-- database cannot hold either.
alter table fund
    add constraint fund_name_not_blank
        check (name ~ '[^\u0009-\u000d\u001c-\u0020\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]'),
    add constraint fund_name_characters check (name !~ '[\u0001-\u001f\u007f-\u009f]'),
    add constraint fund_description_characters
        check (description !~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]');

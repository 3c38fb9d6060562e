-- Reserved: this number belongs to another branch's migration. Placeholder so this branch's 011 applies
-- in sequence; delete it when the real 009 is merged.
SELECT 1;

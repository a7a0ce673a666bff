-- The database itself refuses to change or remove audit records (MLPS level 3: audit records are
-- protected from deletion and modification), whatever connects to it. The chain head may only
-- move forward, so the newest link cannot be wound back to hide removed records.

create function audit_record_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_refuse_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_refuse_change();

create function audit_chain_head_forward_only() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.id <> old.id or new.last_id <= old.last_id then
        raise exception 'audit_chain_head only moves forward: % refused', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger audit_chain_head_forward_only
    before update or delete on audit_chain_head
    for each row execute function audit_chain_head_forward_only();

update blob set public_key = gen_random_uuid()::text where public_key is null;

update blob set public_key = random_uuid() where public_key is null;

-- Users and the NextAuth.js tables (accounts, sessions, verification tokens).
CREATE TABLE users (
  id text NOT NULL,
  email varchar(255) NOT NULL,
  "emailVerified" timestamp(3),
  name varchar(100),
  image text,
  role "UserRole" NOT NULL DEFAULT 'CUSTOMER',
  "stripeCustomerId" text,
  "isActive" boolean NOT NULL DEFAULT true,
  "marketingOptIn" boolean NOT NULL DEFAULT false,
  "locale" varchar(10) NOT NULL DEFAULT 'en',
  "lastLoginAt" timestamp(3),
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamp(3) NOT NULL,
  CONSTRAINT users_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE users IS 'Customers, admins and support staff';
COMMENT ON COLUMN users."stripeCustomerId" IS 'cus_... in Stripe; set on first checkout';

CREATE TABLE accounts (
  id text NOT NULL,
  "userId" text NOT NULL,
  type text NOT NULL,
  provider text NOT NULL,
  "providerAccountId" text NOT NULL,
  refresh_token text,
  access_token text,
  expires_at integer,
  token_type text,
  scope text,
  id_token text,
  session_state text,
  CONSTRAINT accounts_pkey PRIMARY KEY (id),
  CONSTRAINT "accounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sessions (
  id text NOT NULL,
  "sessionToken" text NOT NULL,
  "userId" text NOT NULL,
  expires timestamp(3) NOT NULL,
  CONSTRAINT sessions_pkey PRIMARY KEY (id),
  CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE verification_tokens (
  identifier text NOT NULL,
  token text NOT NULL,
  expires timestamp(3) NOT NULL
);

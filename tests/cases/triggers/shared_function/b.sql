CREATE TABLE public.users (id bigint PRIMARY KEY, name text, updated_at timestamptz);
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, updated_at timestamptz);
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text, updated_at timestamptz);
-- one trigger function shared by three tables
CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER orders_updated_at BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE PROCEDURE set_updated_at();
CREATE TRIGGER notes_updated_at BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TRIGGER notes_updated_at ON public.notes IS 'keeps updated_at fresh';

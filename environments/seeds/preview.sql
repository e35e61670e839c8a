-- Seed data for pull-request previews: an empty schema with one demo account.
CREATE TABLE IF NOT EXISTS accounts (id serial PRIMARY KEY, email text UNIQUE NOT NULL);
INSERT INTO accounts (email) VALUES ('demo@app.ar') ON CONFLICT DO NOTHING;

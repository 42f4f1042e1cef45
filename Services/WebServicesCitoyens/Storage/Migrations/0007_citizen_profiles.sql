-- Personal data a citizen enters once and forms are pre-filled from: identity (FranceConnect pivot
-- fields), usage name, postal address, phone, family members. Kept as the XML of the profile
-- (namespace http://webservicescitoyens.fr/ws/citizen/v1), validated against the published schema.

CREATE TABLE citizen_profiles (
    citizen_id  TEXT NOT NULL PRIMARY KEY REFERENCES citizens (id),
    profile_xml TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

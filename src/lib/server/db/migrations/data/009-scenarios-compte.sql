-- Version 9: who may rename or delete a saved scenario. `compte` is the id of the planner account
-- that saved it (in the accounts database, hence no foreign key); NULL for the scenarios saved
-- before this step, which any signed-in planner may then rename or delete.
ALTER TABLE scenarios ADD COLUMN compte INTEGER;

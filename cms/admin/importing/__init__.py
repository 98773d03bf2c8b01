"""The "Import article" screens of the admin: upload a file, review the proposed structure, create drafts."""

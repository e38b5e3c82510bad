"""Documents: the menu's actions, the PDF preview, the document settings dialog."""

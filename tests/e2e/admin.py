"""What an editor does in the Wagtail admin, as Playwright steps: role and label locators, explicit waits."""

import re

from playwright.sync_api import Page, expect


def exact(text: str) -> re.Pattern:
    """A whole accessible name, whatever white space and required-field mark (“Name*”) surround it."""
    return re.compile(r"^\s*" + re.escape(text).replace(r"\ ", " ") + r"\s*\*?\s*$")


def textbox(page, label: str):
    """The text input labelled `label` (Wagtail appends “*” to the names of required fields)."""
    return page.get_by_role("textbox", name=exact(label))


def success(page: Page, pattern) -> None:
    """Wait for the admin's success message after a form was sent."""
    expect(page.locator(".messages li.success").filter(has_text=pattern)).to_be_visible()


def log_in(page: Page, user: dict) -> None:
    page.goto("/admin/login/")
    textbox(page, "Username").fill(user["username"])
    page.get_by_label("Password").fill(user["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    expect(page.get_by_role("heading", name=f"{user['first_name']} {user['last_name']}")).to_be_visible()


def log_out(page: Page, user: dict) -> None:
    page.get_by_role("button", name=re.compile(user["first_name"])).click()  # The account menu in the sidebar.
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/admin/login/**")
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()


def fill_rich_text(page: Page, field: str, text: str) -> None:
    """Replace the text of the Draftail editor of `field`: click into it, select all, type."""
    editor = page.locator(f"[data-contentpath='{field}'] [role=textbox][contenteditable=true]")
    editor.click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)
    expect(editor).to_have_text(text)
    # Draftail copies its state into the form's hidden input a moment later; the form must carry the text.
    expect(page.locator(f"input[name='{field}']")).to_have_value(re.compile(re.escape(text)))


def footer(page: Page):
    """The action menu at the foot of an edit view: the main button and “More actions”."""
    return page.get_by_role("navigation", name="Actions (footer)")


def open_more_actions(page: Page):
    menu = footer(page)
    menu.get_by_role("button", name="More actions").click()
    return menu


def save_draft(page: Page) -> None:
    with page.expect_navigation():  # The form is sent; the view answers with the next page.
        footer(page).get_by_role("button", name="Save draft", exact=True).click()


def listing_menu(page: Page, title: str):
    """Open the “More options” menu of the listing row titled `title`."""
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
    row.get_by_role("button", name=f"More options for '{title}'").click()

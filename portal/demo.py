"""Idempotent building blocks for the demo content, and how `load_demo_content` finds it.

Each app keeps its demo content beside it in a `demo` package (or module) with a `load(log)`
function; `demo_loaders()` finds them in the order of INSTALLED_APPS, as Django's admin finds
`admin.py` files. Each `ensure_*` function makes the database match what it is given and records
whether it created, changed or left alone a record, so a second run of `load_demo_content` can
report "no changes" truthfully.
"""

import importlib
import importlib.util
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import models
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page

DEMO_CONTENT_OWNER = "editor"


@dataclass
class ChangeLog:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    # (username, what they can do): printed at the end so a newcomer knows how to sign in.
    logins: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created or self.updated)

    def summary(self):
        if not self.changed:
            return "No changes: the demo content was already up to date."
        return f"Created {len(self.created)}, updated {len(self.updated)}."

    def counts_by_kind(self, lines):
        """{"page": 12, "referral": 200, ...} from lines like "page: Home"."""
        counts = {}
        for line in lines:
            kind = line.split(":", 1)[0]
            counts[kind] = counts.get(kind, 0) + 1
        return counts


def _comparable(value):
    if isinstance(value, StreamValue):
        return value.get_prep_value()
    if isinstance(value, models.Model):
        return value.pk
    return value


def _stream_prep(value):
    """Stream data in its stored form, without block ids (Wagtail invents them afresh on every save)."""
    if isinstance(value, StreamValue):
        for _ in value:  # turn lazily loaded raw data into block values, filling in defaults
            pass
        value = value.get_prep_value()
    if isinstance(value, list):
        return [_stream_prep(item) for item in value]
    if isinstance(value, dict):
        return {key: _stream_prep(item) for key, item in value.items() if key != "id"}
    return value


def _differs(instance, name, wanted):
    current = getattr(instance, name)
    field_obj = instance._meta.get_field(name)
    if isinstance(field_obj, StreamField):
        if not isinstance(wanted, StreamValue):
            wanted = field_obj.stream_block.to_python(wanted)
        return _stream_prep(current) != _stream_prep(wanted)
    return _comparable(current) != _comparable(wanted)


def ensure_record(log, model, lookup, **values):
    """Get or create a plain model record, then bring its fields up to date."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        instance = model.objects.create(**lookup, **values)
        log.created.append(f"{model._meta.verbose_name}: {instance}")
        return instance
    changed = [name for name, wanted in values.items() if _differs(instance, name, wanted)]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save()
        log.updated.append(f"{model._meta.verbose_name}: {instance}")
    return instance


def ensure_page(log, parent, model, slug, m2m=None, **values):
    """Get or create a live page under `parent` by slug; publish a new revision only if it changed."""
    m2m = m2m or {}
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, **values)
        if page.owner_id is None:
            # The review report and digest go to a page's owner: demo content belongs to the editor.
            page.owner = get_user_model().objects.filter(username=DEMO_CONTENT_OWNER).first()
        for name, related in m2m.items():
            getattr(page, name).set(related)
        parent.add_child(instance=page)
        page.save_revision().publish()
        log.created.append(f"page: {page.title}")
        return page

    page = existing.specific
    changed = [name for name, wanted in values.items() if _differs(page, name, wanted)]
    m2m_changed = [
        name
        for name, related in m2m.items()
        if {obj.pk for obj in getattr(page, name).all()} != {r.pk for r in related}
    ]
    if changed or m2m_changed or not page.live:
        for name in changed:
            setattr(page, name, values[name])
        for name in m2m_changed:
            getattr(page, name).set(m2m[name])
        page.save_revision().publish()
        log.updated.append(f"page: {page.title}")
    return page


def demo_loaders():
    """Each installed app's `demo.load`, in INSTALLED_APPS order (an app may build on the ones before it)."""
    loaders = []
    for config in apps.get_app_configs():
        if config.name == "portal" or importlib.util.find_spec(f"{config.name}.demo") is None:
            continue
        module = importlib.import_module(f"{config.name}.demo")
        if hasattr(module, "load"):
            loaders.append(module.load)
    return loaders


def demo_password():
    """DEMO_PASSWORD if set; otherwise one generated on the first run and kept in var/, so the
    logins printed by every later run still work."""
    password = os.environ.get("DEMO_PASSWORD", "")
    if password:
        return password
    stored = Path(settings.VAR_DIR) / "demo-password.txt"
    if stored.exists() and stored.read_text().strip():
        return stored.read_text().strip()
    stored.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    stored.write_text(password + "\n")
    stored.chmod(0o600)
    return password


def ensure_group(log, name, permissions=()):
    """A staff group holding at least `permissions`, given as "app_label.codename"; others it has are kept."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        group = Group.objects.create(name=name)
        log.created.append(f"group: {name}")
    for permission_name in permissions:
        app_label, codename = permission_name.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            log.updated.append(f"group: {name} can {codename}")
    return group


def ensure_user(log, username, description, password, groups=(), is_superuser=False):
    """A demo login: staff, with the demo password, in these groups; listed when the loader ends."""
    User = get_user_model()
    log.logins.append((username, description))
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, email=f"{username}@example.org", is_staff=True, is_superuser=is_superuser)
        user.set_password(password)
        user.save()
        log.created.append(f"user: {username}")
    elif not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
        log.updated.append(f"user: {username} (password)")
    for group in groups:
        group = group if isinstance(group, Group) else Group.objects.get(name=group)
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
            log.updated.append(f"user: {username} joined {group.name}")
    return user

"""What the admin's forms post, so tests can edit a questionnaire through its edit screen."""


def block_form_data(block, raw, prefix, data):
    """What the admin's StreamField widget would post for `raw` (stored block data)."""
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(raw))
        for i, item in enumerate(raw):
            data.update(
                {f"{prefix}-{i}-type": item["type"], f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i)}
            )
            data[f"{prefix}-{i}-id"] = item.get("id") or ""
            block_form_data(block.child_blocks[item["type"]], item["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.ListBlock):
        items = raw or []
        data[f"{prefix}-count"] = str(len(items))
        for i, item in enumerate(items):
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i), f"{prefix}-{i}-id": ""})
            block_form_data(block.child_block, value, f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            block_form_data(child, (raw or {}).get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.MultipleChoiceBlock):
        data[prefix] = list(raw or [])
    elif isinstance(block, blocks.BooleanBlock):
        if raw:
            data[prefix] = "on"
    else:
        data[prefix] = "" if raw is None else str(raw)
    return data


def admin_form_data(questionnaire):
    """The questionnaire's edit form as the admin would post it, ready to change and send."""
    from wagtail.fields import StreamField

    data = {}
    for field in questionnaire._meta.concrete_fields:
        if isinstance(field, StreamField):
            raw = [dict(item) for item in getattr(questionnaire, field.name).raw_data]
            block_form_data(field.stream_block, raw, field.name, data)
    for name in (
        "title",
        "introduction",
        "red_flags_heading",
        "impact_question",
        "impact_weight",
        "tried_advice_question",
    ):
        data[name] = str(getattr(questionnaire, name))
    return data

"""What every advice topic shares: the closing "check your child's needs" link, review dates and
the "give it 12 weeks" inset."""

from home.demo.blocks import CHECK_YOUR_CHILDS_NEEDS, REVIEWED, inset

ASK_OUR_SERVICE = "Ask for help from our service if:"
ASK_GP_OR_HEALTH_VISITOR = "Speak to your GP or health visitor if:"

GIVE_IT_12_WEEKS = inset(
    "<p><b>Give it 12 weeks.</b> New skills take time to grow. "
    "Use these ideas most days for about 12 weeks. "
    "Write down what you try and what changes. It will help if you talk to us later.</p>"
)


def topic(slug, title, summary, areas, age_bands, body):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "areas": areas,
        "age_bands": age_bands,
        "body": [*body, CHECK_YOUR_CHILDS_NEEDS],
        **REVIEWED,
    }

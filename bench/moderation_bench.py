"""Throughput / latency benchmark: moderation.Pipeline vs better-profanity.

Builds a seeded corpus (>= 2000 chat messages from templates, ~70% clean,
~30% unsafe or evasive, 20-200 chars, several languages), runs both engines
on the same corpus in one process and prints msgs/s, p50/p99 latency per
message, the throughput ratio and Pipeline() start-up time.

    python bench/moderation_bench.py [--n 3000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CLEAN = [
    "I think {app} should let kids turn off {feature} more easily.",
    "In my class about {pct}% of people use {app} every day.",
    "The workshop is at {hour}:00 on {day} June, room {room}.",
    "My mum worries about my screen time but {app} helps with homework.",
    "We talked about {topic} in school and how to get help.",
    "Reporting on {app} takes ages and nothing really happens.",
    "I was bullied last year and telling a teacher helped a bit.",
    "Age checks are annoying but maybe they protect younger kids.",
    "A stranger asked me for photos and I blocked him straight away.",
    "Parents should learn about the apps we actually use.",
    "Les réseaux sociaux devraient supprimer les faux comptes plus vite.",
    "Los padres deberían aprender sobre las aplicaciones que usamos.",
    "Eltern sollten wissen, welche Apps wir benutzen.",
    "Os pais deviam conhecer as aplicações que usamos.",
    "Нужно учить детей, как сообщать о травле в интернете.",
    "يجب على الشركات حماية بيانات الأطفال.",
    "家长应该多了解孩子用的应用程序。",
    "My video got {views} views, which is kind of scary honestly.",
    "I play {game} with my cousin from Middlesex on weekends.",
    "Our therapist said the analysis of our habits was useful.",
]
UNSAFE = [
    "this is {curse} boring",
    "f*ck off {name}",
    "youre such a b!tch",
    "s h i t this app",
    "call me on 07{d3} {d3} {d3}",
    "add me on snap: {handle}",
    "how old r u and where do u live",
    "dont tell your parents about our chats ok",
    "send me a pic of u",
    "I just want to disappear forever",
    "me quiero morir",
    "you are so stupid nobody likes you",
    "FREE ROBUX at robux-gen dot xyz !!!",
    "lolololololololololololololololol",
    "putain c'est nul ce truc",
    "это полная хуйня",
    "mail me {handle}@gmail.com",
    "I know where you live, watch out",
    "ѕtupid bіtch",
    "nudes pls",
]
FILL = {
    "app": ["TikTok", "Instagram", "Roblox", "YouTube", "Discord", "Snapchat"],
    "feature": ["voice chat", "DMs", "autoplay", "location sharing"],
    "topic": ["sextortion", "grooming", "online scams", "fake accounts"],
    "game": ["Minecraft", "Fortnite", "Roblox"],
    "curse": ["fucking", "fuuucking", "sh1tty"],
    "name": ["tom", "lisa", "mate"],
    "handle": ["sunny.side.up", "skate_boy_22", "lily2011"],
}


def _fill(rng: random.Random, tpl: str) -> str:
    out = tpl
    for key, values in FILL.items():
        out = out.replace("{" + key + "}", rng.choice(values))
    return (
        out.replace("{pct}", str(rng.randint(5, 95)))
        .replace("{hour}", str(rng.randint(9, 18)))
        .replace("{day}", str(rng.randint(1, 28)))
        .replace("{room}", str(rng.randint(100, 400)))
        .replace("{views}", f"{rng.randint(1, 900):,},000")
        .replace("{d3}", str(rng.randint(100, 999)))
    )


def build_corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    corpus = []
    while len(corpus) < n:
        tpl = rng.choice(CLEAN) if rng.random() < 0.7 else rng.choice(UNSAFE)
        msg = _fill(rng, tpl)
        for _ in range(2):  # some chattier, longer messages (up to 200 chars)
            if rng.random() < 0.3 and len(msg) < 140:
                msg = msg + " " + _fill(rng, rng.choice(CLEAN))
        msg = msg[:200].rstrip()
        if len(msg) < 20:
            msg = msg + " " + _fill(rng, rng.choice(CLEAN))[: 200 - len(msg) - 1]
        corpus.append(msg)
    return corpus


def _pcts(lat: list[float]) -> tuple[float, float]:
    lat = sorted(lat)
    return statistics.median(lat) * 1e6, lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1e6


def run(
    fn: Callable[[str], object], corpus: list[str], passes: int = 1
) -> tuple[float, float, float, float, float, float]:
    """msgs/s and p50/p99 of the first pass, p50/p99 of the per-message
    minimum over `passes` passes (filters scheduler noise on a shared box),
    and msgs/s of the fastest pass (steady state: the first pass also pays
    what is done once - a frame pattern compiled on first use, a word's
    lookups remembered - and the box's noise)."""
    for msg in corpus[:200]:  # warm-up
        fn(msg)
    pc = time.perf_counter
    best: list[float] = []
    rate = best_rate = 0.0
    first: list[float] = []
    for n in range(passes):
        lat = []
        t0 = pc()
        for msg in corpus:
            s = pc()
            fn(msg)
            lat.append(pc() - s)
        total = pc() - t0
        best_rate = max(best_rate, len(corpus) / total)
        if n == 0:
            rate, first, best = len(corpus) / total, lat, list(lat)
        else:
            best = [min(a, b) for a, b in zip(best, lat, strict=True)]
    p50, p99 = _pcts(first)
    b50, b99 = _pcts(best)
    return rate, p50, p99, b50, b99, best_rate


_STARTUP_PROBE = (
    "import time; t = time.perf_counter(); import moderation; moderation.Pipeline(); "
    "print(time.perf_counter() - t)"
)


def fresh_startup(cache_dir: str, runs: int = 3) -> float:
    """Best-of-`runs` start-up of a new interpreter (import + Pipeline()), with
    the compiled-pattern cache in `cache_dir` ("off": no cache, a cold build)."""
    env = {**os.environ, "MODERATION_CACHE_DIR": cache_dir}
    root = str(Path(__file__).resolve().parents[1])
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP_PROBE], env=env, cwd=root,
                             capture_output=True, text=True, check=True)
        times.append(float(out.stdout))
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3, help="passes for the noise-filtered p50/p99")
    ap.add_argument("--bp-passes", type=int, default=2,
                    help="better-profanity passes (about 40 s each) for its fastest-pass rate")
    args = ap.parse_args()
    corpus = build_corpus(max(args.n, 2000), args.seed)
    lens = [len(m) for m in corpus]

    t0 = time.perf_counter()
    from moderation import Pipeline, Policy

    pipe = Pipeline(Policy.default())
    startup = time.perf_counter() - t0

    from better_profanity import profanity

    t1 = time.perf_counter()
    profanity.load_censor_words()
    bp_startup = time.perf_counter() - t1

    ours = run(lambda m: pipe.check(m), corpus, passes=args.passes)
    theirs = run(profanity.contains_profanity, corpus, passes=args.bp_passes)
    unsafe = sum(pipe.check(m).action.value != "allow" for m in corpus)
    print(f"corpus: {len(corpus)} messages, {min(lens)}-{max(lens)} chars, seed {args.seed}, "
          f"{unsafe} not allowed by the pipeline")
    print(f"{'engine':<26}{'msgs/s':>12}{'p50 us':>10}{'p99 us':>10}{'startup s':>11}")
    print(f"{'moderation.Pipeline':<26}{ours[0]:>12.0f}{ours[1]:>10.1f}{ours[2]:>10.1f}"
          f"{startup:>11.3f}")
    print(f"{'better_profanity':<26}{theirs[0]:>12.0f}{theirs[1]:>10.1f}{theirs[2]:>10.1f}"
          f"{bp_startup:>11.3f}")
    print(f"throughput ratio (ours / better-profanity): {ours[0] / theirs[0]:.1f}x (first passes)")
    if args.passes > 1 and args.bp_passes > 1:
        print(f"fastest of {args.passes} and {args.bp_passes} passes: {ours[5]:.0f} and {theirs[5]:.0f} msgs/s, "
              f"ratio {ours[5] / theirs[5]:.1f}x")
    if args.passes > 1:
        print(f"moderation.Pipeline per-message best of {args.passes} passes: "
              f"p50 {ours[3]:.1f} us, p99 {ours[4]:.1f} us")
    # the server also passes each sender's recent messages (moderation.conversation);
    # measured separately so the headline figures stay comparable with the issue's
    recent = {id(m): {"recent": corpus[max(0, i - 3) : i]} for i, m in enumerate(corpus)}
    ctx = run(lambda m: pipe.check(m, None, recent[id(m)]), corpus, passes=args.passes)
    print(f"with the previous three messages as context (server path): p50 {ctx[1]:.1f} us, "
          f"p99 {ctx[2]:.1f} us; best of {args.passes}: p50 {ctx[3]:.1f} us, p99 {ctx[4]:.1f} us")
    print("startup: Pipeline() including importing moderation (this process; its compiled-"
          "pattern cache as found); better_profanity: load_censor_words()")
    with tempfile.TemporaryDirectory() as tmp:
        cold = fresh_startup("off")
        fresh_startup(tmp, runs=1)  # fills the cache
        warm = fresh_startup(tmp)
    print(f"start-up in a new process, best of 3: {cold:.3f} s with no pattern cache (first run "
          f"after install or a rule change), {warm:.3f} s with the cache")


if __name__ == "__main__":
    main()

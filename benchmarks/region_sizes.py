"""Size of the region each new ad of the day reaches (walk from that ad alone), on a linked store."""
import os, statistics, sys, time
from collections import Counter
from pathlib import Path
from sqlalchemy import text
from kartlegg.config import Settings
from kartlegg.link.config import default_rules
from kartlegg.link.region import walk
from kartlegg.store.engine import open_store
home = Path(sys.argv[1]); n_day = int(sys.argv[2])
store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))
rules = default_rules()
with store.connect() as conn:
    seeds = [int(r[0]) for r in conn.execute(text("SELECT ad_id FROM ad_versions ORDER BY seq DESC LIMIT :n"), {"n": n_day})]
    total = conn.execute(text("SELECT COUNT(*) FROM link_features")).scalar_one()
    sizes = []; t = time.process_time()
    for s in seeds:
        r = walk(conn, [s], rules)
        sizes.append(len(r.ads))
    union = walk(conn, seeds, rules)
    # each seed's own profile and network sizes
    prof = []; net = []
    for s in seeds:
        row = conn.execute(text("SELECT p.ads, n.ads FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id JOIN networks n ON n.id = p.network_id WHERE pa.ad_id = :a"), {"a": s}).first()
        if row: prof.append(int(row[0])); net.append(int(row[1]))
print(f"store {total} ads, day {len(seeds)} ads, region of the day {len(union.ads)} ads ({100*len(union.ads)/total:.2f} %), walk CPU {time.process_time()-t:.1f} s")
q = lambda xs, p: sorted(xs)[min(len(xs)-1, int(p*len(xs)))]
for name, xs in (("region per new ad", sizes), ("its profile (ads)", prof), ("its network (ads)", net)):
    print(f"{name}: mean {statistics.mean(xs):.1f}, median {q(xs,.5)}, p90 {q(xs,.9)}, p99 {q(xs,.99)}, max {max(xs)}")
print("histogram of region sizes:", sorted(Counter(min(x, 200) // 10 * 10 for x in sizes).items()))
print("load", os.getloadavg()[0])

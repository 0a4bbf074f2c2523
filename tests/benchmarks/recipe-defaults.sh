#!/usr/bin/env bash
# Measures training recipes on real and generated tabular data, with and without DP-SGD, to choose the
# defaults of train, attack, sweep, the run dialog and the demo (README, "Default recipe"). Not part of
# the test command (about 30 minutes on 2 cores): run it by hand after changing the trainer.
#   bash tests/benchmarks/recipe-defaults.sh [build/release/bin/privaudit-cli] > recipes.tsv
# DATASETS="adult german-credit" measures only those; RECIPES and PRIVACY choose the cells.
set -euo pipefail
cli=${1:-build/release/bin/privaudit-cli}
shared=${PRIVAUDIT_SHARED_DIR:-$(dirname "$0")/../../../shared/datasets}
# German credit (UCI Statlog, 1,000 rows) is not among the shared datasets: convert german.data to CSV
# with a header (the last column named "credit", 1 = good, 2 = bad) and give its path in GERMAN_CREDIT.
german=${GERMAN_CREDIT:-$shared/german_credit.csv}
only=${DATASETS:-"demo adult breast-cancer german-credit"}
datasets=()
[[ " $only " == *" demo "* ]] && datasets+=("demo||")
[[ " $only " == *" adult "* && -f $shared/adult.csv ]] && datasets+=("$shared/adult.csv|income-per-year|")
[[ " $only " == *" breast-cancer "* && -f $shared/breast-cancer-wisconsin.csv ]] &&
  datasets+=("$shared/breast-cancer-wisconsin.csv|diagnosis|")
[[ " $only " == *" german-credit "* && -f $german ]] && datasets+=("$german|credit|")
recipes=${RECIPES:-"0.001:256:10 0.001:64:10 0.01:64:10 0.01:64:30 0.003:64:30 0.05:64:30"}
privacy=${PRIVACY:-"none 1 4"}
printf 'dataset\tlr\tbatch\tepochs\tepsilon\ttest_accuracy\tmajority_baseline\ttask_auc\tlearned\tsteps\tseconds\n'
for d in "${datasets[@]}"; do
  IFS='|' read -r data label _ <<<"$d"
  for r in $recipes; do
    IFS=: read -r lr batch epochs <<<"$r"
    for p in $privacy; do
      args=(--threads 2 train --data "$data" --lr "$lr" --batch-size "$batch" --epochs "$epochs" --seed 1 --json)
      [[ -n $label ]] && args+=(--label "$label")
      [[ $p != none ]] && args+=(--dp --target-epsilon "$p")
      out=$("$cli" "${args[@]}" 2>/dev/null) || { printf '%s\t%s\t%s\t%s\t%s\tfailed\n' "$(basename "$data")" "$lr" "$batch" "$epochs" "$p"; continue; }
      python3 -c '
import json, sys
o = json.loads(sys.argv[1]); u = o["utility"]
print("\t".join(str(x) for x in [sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6],
      round(o["test_accuracy"], 4), round(u["majority_baseline_accuracy"], 4), round(u["task_auc"], 4),
      u["learned"], o["steps"], round(o["seconds"], 1)]))' "$out" "$(basename "$data")" "$lr" "$batch" "$epochs" "$p"
    done
  done
done

"""Fat Free CRM's demo data (db/demo/*.yml) -> the CSV files its list views export.

Run: python convert.py SOURCE_DIR OUT_DIR, SOURCE_DIR holding db/demo's users, accounts,
campaigns, contacts, leads, opportunities and tasks fixtures and db/schema.rb as SOURCE.md
names them. Needs Ruby with the ffaker and activesupport libraries (Debian: ruby,
ruby-ffaker, ruby-activesupport).

The demo fixtures are ERB templates that draw their values with Ruby's ``rand`` and the
FFaker library when ``rake ffcrm:demo:load`` runs. Each is rendered here as that task
renders it, with the random generators seeded (SEED, again before each file) and the clock
stopped at FROZEN_AT, so the same files come out every time. Each fixture row then becomes
what the database returns for it (the table's columns from db/schema.rb in their order, a
column the fixture leaves out taking the schema's default, values cast to the column's
type) and is written as Fat Free CRM's CSV export writes a record
(lib/fat_free_crm/export_csv.rb): every column whose name holds neither ``password`` nor
``token``, then ``tags`` for taggable entities (none in the demo); the header is
``human_attribute_name`` of the column (no translations in the locale files, so Rails'
``humanize``: ``user_id`` -> ``User``, ``toll_free_phone`` -> ``Toll free phone``) and each
value is Ruby's ``to_s`` of it (a time as ``2026-11-20 10:00:00 UTC``, a decimal rounded to
its column's scale as ``300000.0``, the serialised ``subscribed_users`` as ``[]``). The file
is named after the controller (``accounts.csv``). Users have no CSV export in the
application: the same writer is applied to them so that the owners (``User``, ``Assigned
to``) can be matched.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 2026
FROZEN_AT = "2026-12-01 12:00:00 UTC"
FILES = ["users", "accounts", "campaigns", "contacts", "leads", "opportunities", "tasks"]
TAGGABLE = {"accounts", "campaigns", "contacts", "leads", "opportunities"}

RUBY = r'''
require "erb"
require "yaml"
require "csv"
require "date"
require "digest"
require "bigdecimal"
require "active_support/all"
require "active_support/testing/time_helpers"
require "ffaker"

# Rails 7's name for to_formatted_s, which the templates call (activesupport 6.1 here)
[Time, Date, DateTime, ActiveSupport::TimeWithZone].each do |k|
  k.alias_method(:to_fs, :to_formatted_s)
end
include ActiveSupport::Testing::TimeHelpers

src, dst, seed, frozen = ARGV[0], ARGV[1], ARGV[2].to_i, ARGV[3]
files, taggable = ARGV[4].split(","), ARGV[5].split(",")
Time.zone = "UTC"
schema = {}
schema_rb = File.read(File.join(src, "schema.rb"))
schema_rb.scan(/create_table "(\w+)".*?\n(.*?)\n  end/m) do |table, body|
  cols = [["id", "integer", nil, nil]]
  body.scan(/^\s+t\.(\w+) "(\w+)"(.*)$/) do |type, name, rest|
    default = rest[/default: (".*?"|[\w.]+)/, 1]
    default = default.undump if default&.start_with?('"')
    cols << [name, type, default, rest[/scale: (\d+)/, 1]&.to_i]
  end
  schema[table] = cols
end

def cast(value, type, scale = nil)
  return nil if value.nil? || (value == "" && type != "string" && type != "text")
  case type
  when "integer" then value.is_a?(String) ? Integer(value, 10) : value.to_i
  when "float" then value.to_f
  when "decimal" then scale ? BigDecimal(value.to_s).round(scale) : BigDecimal(value.to_s)
  when "boolean" then value == true || value.to_s == "true" || value.to_s == "1"
  when "date" then value.is_a?(Date) ? value : Date.parse(value.to_s)
  when "datetime"
    (value.is_a?(String) ? Time.zone.parse(value) : value.to_time).in_time_zone("UTC")
  else value.to_s
  end
end

def default_of(raw, type)
  return nil if raw.nil? || raw == "nil"
  cast(raw, type)
end

travel_to(Time.zone.parse(frozen)) do
  files.each do |name|
    srand(seed)
    FFaker::Random.seed = seed
    text = ERB.new(File.read(File.join(src, "#{name}.yml"))).result(binding)
    fixtures = YAML.unsafe_load(text) || {}
    cols = schema.fetch(name).reject { |c, _, _, _| c =~ /password|token/ }
    header = cols.map { |c, _, _, _| c.humanize }
    header << "Tags" if taggable.include?(name)
    CSV.open(File.join(dst, "#{name}.csv"), "w") do |csv|
      csv << header
      fixtures.each_value do |row|
        out = cols.map do |c, type, default, scale|
          v = row.key?(c) ? cast(row[c], type, scale) : default_of(default, type)
          v = [] if c == "subscribed_users" && v.nil?   # serialize :subscribed_users, type: Array
          v
        end
        out << "" if taggable.include?(name)
        csv << out
      end
    end
    $stderr.puts "#{name}: #{fixtures.size} rows, #{header.size} columns"
  end
end
'''


def main(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".rb", delete=False) as fh:
        fh.write(RUBY)
    subprocess.run(["ruby", "-W0", fh.name, str(src), str(dst), str(SEED), FROZEN_AT,
                    ",".join(FILES), ",".join(sorted(TAGGABLE))],
                   check=True, env={"TZ": "UTC", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

# Fat Free CRM's demo as its Excel list export writes it: see fatfreecrm_labelled_exports.py
require "erb"
require "yaml"
require "csv"
require "date"
require "bigdecimal"
require "active_support/all"
require "active_support/testing/time_helpers"
require "ffaker"

[Time, Date, DateTime, ActiveSupport::TimeWithZone].each do |k|
  k.alias_method(:to_fs, :to_formatted_s)
end
include ActiveSupport::Testing::TimeHelpers

src, lang, dst, seed, frozen = ARGV[0], ARGV[1], ARGV[2], ARGV[3].to_i, ARGV[4]
Time.zone = "UTC"
schema = {}
File.read(File.join(src, "schema.rb")).scan(/create_table "(\w+)".*?\n(.*?)\n  end/m) do |table, body|
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

tr = YAML.unsafe_load(File.read(File.join(src, "fat_free_crm.#{lang}.yml"))).values.first
en = YAML.unsafe_load(File.read(File.join(src, "fat_free_crm.en-US.yml"))).values.first
t = ->(k) { tr[k] || en[k] || k }

db = {}
travel_to(Time.zone.parse(frozen)) do
  %w[users accounts campaigns contacts leads opportunities tasks addresses account_opportunities].each do |name|
    srand(seed)
    FFaker::Random.seed = seed
    rows = YAML.unsafe_load(ERB.new(File.read(File.join(src, "#{name}.yml"))).result(binding)) || {}
    cols = schema.fetch(name)
    db[name] = rows.values.map do |row|
      cols.to_h { |c, type, default, scale| [c, row.key?(c) ? cast(row[c], type, scale) : (default.nil? || default == "nil" ? nil : cast(default, type))] }
    end
  end
end

by_id = db.transform_values { |rows| rows.to_h { |r| [r["id"], r] } }
user_name = ->(id) { u = by_id["users"][id]; u && (u["first_name"].blank? ? u["username"] : u["first_name"]) }
person = ->(r) { r && "#{r["first_name"]} #{r["last_name"]}" }
address = lambda do |type, kind, id|
  db["addresses"].select { |a| a["addressable_type"] == type && a["address_type"] == kind && a["addressable_id"] == id }.min_by { |a| a["id"] } || {}
end
addr = ->(a) { [a["street1"], a["street2"], a["city"], a["state"], a["zipcode"], a["country"], a["full_address"]] }
ADDR = %w[street1 street2 city state zipcode country address]
account_of = lambda do |opp_id|
  ao = db["account_opportunities"].select { |x| x["opportunity_id"] == opp_id && x["account_id"] }.min_by { |x| x["id"] }
  ao && by_id["accounts"][ao["account_id"]]&.fetch("name")
end

def cell(v)
  case v
  when nil, "" then nil
  when Integer then v.to_s
  when Float, BigDecimal
    f = v.to_f
    f == f.round ? f.round.to_s : f.to_s
  else v.to_s
  end
end

lists = {
  "accounts" => [%w[id user assigned_to name email phone fax website background_info access phone_toll_free rating category date_created date_updated] + ADDR,
                 lambda { |r| [r["id"], user_name[r["user_id"]], user_name[r["assigned_to"]], r["name"], r["email"], r["phone"], r["fax"], r["website"], r["background_info"], r["access"], r["toll_free_phone"], r["rating"], r["category"], r["created_at"], r["updated_at"]] + addr[address["Account", "Billing", r["id"]]] }],
  "campaigns" => [%w[id user assigned_to name access status budget option_target_leads target_conversion option_target_revenue number_of_leads total_opportunities revenue option_starts_on option_ends_on objectives background_info date_created date_updated],
                  lambda { |r| [r["id"], user_name[r["user_id"]], user_name[r["assigned_to"]], r["name"], r["access"], r["status"], r["budget"], r["target_leads"], r["target_conversion"], r["target_revenue"], r["leads_count"], r["opportunities_count"], r["revenue"], r["starts_on"], r["ends_on"], r["objectives"], r["background_info"], r["created_at"], r["updated_at"]] }],
  "contacts" => [%w[id lead job_title name first_name last_name email alt_email phone mobile fax born_on background_info blog linked_in facebook twitter date_created date_updated assigned_to access department source do_not_call] + ADDR,
                 lambda { |r| [r["id"], person[by_id["leads"][r["lead_id"]]], r["title"], person[r], r["first_name"], r["last_name"], r["email"], r["alt_email"], r["phone"], r["mobile"], r["fax"], r["born_on"], r["background_info"], r["blog"], r["linkedin"], r["facebook"], r["twitter"], r["created_at"], r["updated_at"], user_name[r["assigned_to"]], r["access"], r["department"], r["source"], r["do_not_call"]] + addr[address["Contact", "Business", r["id"]]] }],
  "leads" => [%w[id user campaign job_title name email alt_email phone mobile company background_info blog linked_in facebook twitter date_created date_updated assigned_to access source status rating do_not_call] + ADDR,
              lambda { |r| [r["id"], user_name[r["user_id"]], by_id["campaigns"][r["campaign_id"]]&.fetch("name"), r["title"], person[r], r["email"], r["alt_email"], r["phone"], r["mobile"], r["company"], r["background_info"], r["blog"], r["linkedin"], r["facebook"], r["twitter"], r["created_at"], r["updated_at"], user_name[r["assigned_to"]], r["access"], r["source"], r["status"], r["rating"], r["do_not_call"]] + addr[address["Lead", "Business", r["id"]]] }],
  "opportunities" => [%w[id user campaign assigned_to account name access source stage probability amount discount weighted_amount option_closes_on date_created date_updated],
                      lambda { |r| [r["id"], user_name[r["user_id"]], by_id["campaigns"][r["campaign_id"]]&.fetch("name"), user_name[r["assigned_to"]], account_of[r["id"]], r["name"], r["access"], r["source"], r["stage"], r["probability"], r["amount"], r["discount"], (r["amount"].to_f - r["discount"].to_f) * r["probability"].to_i / 100.0, r["closes_on"], r["created_at"], r["updated_at"]] }],
  "tasks" => [nil,
              lambda { |r| [r["id"], r["name"], t[r["bucket"]], r["created_at"], r["updated_at"], r["completed_at"], user_name[r["user_id"]], user_name[r["assigned_to"]], r["category"], r["background_info"]] }],
}
lists.each do |name, (keys, row)|
  header = keys ? keys.map { |k| t[k] } : %w[id name due date_created date_updated completed user assigned_to category background_info]
  rows = db[name].reject { |r| r["deleted_at"] }
  CSV.open(File.join(dst, "#{name}.csv"), "w") do |csv|
    csv << header
    rows.each { |r| csv << row[r].map { |v| cell(v) } }
  end
  $stderr.puts "#{name}: #{rows.size} rows, #{header.size} columns"
end

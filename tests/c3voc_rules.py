"""The rules of the c3voc schedule format, restated from its published validators (voc/schedule on GitHub:
validator/json/schema.json, draft-06, and validator/xsd/schedule.xml.xsd) for the tests, which cannot download
them. Each rule here is one of theirs: required keys, types, patterns, formats and uniqueness; nothing is added.
One conflict is settled: the JSON schema's latest version gives an event's "start" the date-time format, its
earlier versions any string, and the XSD a clock time ("09:30"), which is what frab and pretalx write; the clock
time is the rule here.

JSON_SCHEMA is checked with jsonschema and its format checker (date, date-time, uuid, uri); XSD with lxml."""

from __future__ import annotations

_STRING, _NULLABLE = {"type": "string"}, {"type": ["string", "null"]}
_DURATION = {"type": "string", "pattern": "^[0-9]+:[0-9]{2}$"}

_PERSON = {
    "type": "object",
    "properties": {"name": _STRING, "guid": {"type": "string", "format": "uuid"}, "id": {"type": "integer"}},
    "oneOf": [  # a frab person (public_name and id) or a pretalx person (name)
        {"type": "object", "properties": {"id": {"type": "integer"}, "public_name": _STRING},
         "required": ["public_name", "id"]},
        {"type": "object", "properties": {"code": {"type": "string", "pattern": "^[A-Z0-9]+$"}, "name": _STRING,
                                          "avatar": {"type": "string", "format": "uri"}, "biography": _STRING,
                                          "answers": {"type": "array"}},
         "required": ["name"]},
    ],
}

_EVENT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["abstract", "date", "duration", "guid", "id", "language", "links", "persons", "room", "slug",
                 "start", "subtitle", "title", "track", "type", "url"],
    "properties": {
        "id": {"type": "integer", "minimum": 1}, "guid": {"type": "string", "format": "uuid"},
        "logo": {"type": "string", "format": "uri"}, "date": {"type": "string", "format": "date-time"},
        "start": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$"},
        "duration": _DURATION, "room": _STRING, "slug": {"type": "string", "pattern": "^[a-z0-9_-]+[a-z0-9]$"},
        "url": {"type": "string", "format": "uri"}, "title": _STRING, "subtitle": _NULLABLE, "track": _NULLABLE,
        "type": _STRING, "language": _STRING, "abstract": _NULLABLE, "description": _NULLABLE,
        "recording_license": _STRING, "do_not_record": _NULLABLE, "do_not_stream": _NULLABLE,
        "persons": {"type": "array", "items": _PERSON}, "links": {"type": "array"},
        "attachments": {"type": "array"}, "answers": {"type": "array"},
    },
}

JSON_SCHEMA = {
    "$schema": "http://json-schema.org/draft-06/schema#",
    "type": "object",
    "additionalProperties": False,
    "required": ["schedule"],
    "properties": {
        "$schema": _STRING,
        "generator": {"type": "object", "properties": {"name": _STRING, "version": _STRING,
                                                       "url": {"type": "string", "format": "uri"}}},
        "schedule": {
            "type": "object",
            "required": ["conference", "version"],
            "properties": {
                "version": _STRING, "base_url": {"type": "string", "format": "uri"}, "rooms": False,
                "conference": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["title", "acronym", "days", "daysCount", "start", "end", "timeslot_duration"],
                    "properties": {
                        "acronym": {"type": "string", "pattern": "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"},
                        "title": _STRING, "description": _STRING, "start": _STRING,
                        "end": {"type": "string", "format": "date"}, "daysCount": {"type": "integer"},
                        "timeslot_duration": _STRING,
                        "time_zone_name": {"type": "string", "pattern": "^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$"},
                        "logo": {"type": "string", "format": "uri"}, "colors": {"type": "object"},
                        "keywords": {"type": "array", "items": _STRING},
                        "url": {"type": "string", "format": "uri"},
                        "tracks": {"type": "array", "items": {"type": "object", "properties": {"name": _STRING}}},
                        "rooms": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False, "required": ["guid", "name"],
                            "properties": {"name": _STRING, "guid": {"type": "string", "format": "uuid"},
                                           "description": _NULLABLE, "capacity": {"type": ["number", "null"]}}}},
                        "meta": {"type": "object"},
                        "days": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False,
                            "required": ["date", "day_end", "day_start", "index", "rooms"],
                            "properties": {
                                "index": {"type": "integer"}, "date": {"type": "string", "format": "date"},
                                "day_start": {"type": "string", "format": "date-time"},
                                "day_end": {"type": "string", "format": "date-time"},
                                "rooms": {"type": "object",
                                          "patternProperties": {".*": {"type": "array", "items": _EVENT}}}}}},
                    },
                },
            },
        },
    },
}

# The XML rules, as an XML Schema: the same elements, attributes, types, patterns and unique keys.
XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:simpleType name="hoursMinutes">
    <xs:restriction base="xs:string"><xs:pattern value="([0-9]{1,2}:[0-9]{2})|([0-9]{1,2}:[0-9]{2}:[0-9]{1,2})"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="clock">
    <xs:restriction base="xs:string"><xs:pattern value="([0-2][0-9]:[0-5][0-9])|([0-2][0-9]:[0-5][0-9]:[0-5][0-9])"/></xs:restriction>
  </xs:simpleType>
  <xs:complexType name="textWithAttribute">
    <xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="href" type="xs:string"/></xs:extension></xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="eventType">
    <xs:all>
      <xs:element name="room" type="xs:string"/>
      <xs:element name="title" type="xs:string"/>
      <xs:element name="type" type="xs:string"/>
      <xs:element name="date" type="xs:dateTime"/>
      <xs:element name="start" type="clock"/>
      <xs:element name="duration" type="hoursMinutes"/>
      <xs:element name="abstract" type="xs:string"/>
      <xs:element name="slug" type="xs:string"/>
      <xs:element name="subtitle" type="xs:string"/>
      <xs:element name="track" type="xs:string"/>
      <xs:element name="language" type="xs:string" minOccurs="0"/>
      <xs:element name="description" type="xs:string" minOccurs="0"/>
      <xs:element name="recording" minOccurs="0">
        <xs:complexType><xs:all>
          <xs:element name="license" type="xs:string"/><xs:element name="optout" type="xs:boolean"/>
        </xs:all></xs:complexType>
      </xs:element>
      <xs:element name="persons" minOccurs="0">
        <xs:complexType><xs:sequence>
          <xs:element name="person" minOccurs="0" maxOccurs="unbounded">
            <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
              <xs:attribute name="id" type="xs:positiveInteger"/>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
        </xs:sequence></xs:complexType>
      </xs:element>
      <xs:element name="links" minOccurs="0">
        <xs:complexType><xs:sequence>
          <xs:element name="link" type="textWithAttribute" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence></xs:complexType>
      </xs:element>
    </xs:all>
    <xs:attribute name="id" type="xs:positiveInteger" use="required"/>
    <xs:attribute name="guid" type="xs:string"/>
  </xs:complexType>
  <xs:element name="schedule">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="version" type="xs:string" minOccurs="0"/>
        <xs:element name="conference">
          <xs:complexType><xs:all>
            <xs:element name="title" type="xs:string"/>
            <xs:element name="acronym" type="xs:string"/>
            <xs:element name="start" type="xs:date" minOccurs="0"/>
            <xs:element name="end" type="xs:date" minOccurs="0"/>
            <xs:element name="days" type="xs:integer" minOccurs="0"/>
            <xs:element name="timeslot_duration" type="hoursMinutes" minOccurs="0"/>
          </xs:all></xs:complexType>
        </xs:element>
        <xs:element name="day" maxOccurs="unbounded">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="room" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence><xs:element name="event" type="eventType" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                  <xs:attribute name="name" type="xs:string"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="date" type="xs:date"/>
            <xs:attribute name="start" type="xs:dateTime"/>
            <xs:attribute name="end" type="xs:dateTime"/>
            <xs:attribute name="index" type="xs:positiveInteger"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
    <xs:unique name="oneGuidPerEvent"><xs:selector xpath="day/room/event"/><xs:field xpath="@guid"/></xs:unique>
    <xs:unique name="oneIdPerEvent"><xs:selector xpath="day/room/event"/><xs:field xpath="@id"/></xs:unique>
    <xs:unique name="oneSlugPerEvent"><xs:selector xpath="day/room/event/slug"/><xs:field xpath="."/></xs:unique>
  </xs:element>
</xs:schema>
"""

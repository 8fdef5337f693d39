"""Scrapy project: spiders, middlewares and settings for provincial news."""
